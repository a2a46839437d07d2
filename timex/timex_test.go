package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"vigil"
)

var update = flag.Bool("update", false, "rewrite golden files")

var tagger = New()

func day(s string) vigil.Date {
	d, err := vigil.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// found is the part of an Expr the table tests compare.
type found struct {
	Text, Type, Value string
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		ref  string
		text string
		want []found
	}{
		{"month of a relative year", "2019-01-08", "Police arrested two men in February last year.",
			[]found{{"February last year", "DATE", "2018-02"}}},
		{"absolute day", "2018-11-02", "The meeting was held on 30 June 2018 in Vienna.",
			[]found{{"30 June 2018", "DATE", "2018-06-30"}}},
		{"us numeric", "2018-11-02", "Filed 06/30/2018 with the court.",
			[]found{{"06/30/2018", "DATE", "2018-06-30"}}},
		{"iso numeric", "2018-11-02", "Released 2018-06-30.",
			[]found{{"2018-06-30", "DATE", "2018-06-30"}}},
		{"month day no year", "2018-11-02", "Police raided the flat on June 30.",
			[]found{{"June 30", "DATE", "2018-06-30"}}},
		{"abbreviated month", "2018-11-02", "He was detained on Oct. 3, 2017, in Antwerp.",
			[]found{{"Oct. 3, 2017", "DATE", "2017-10-03"}}},
		{"month year", "2018-11-02", "The plot was uncovered in June 2018.",
			[]found{{"June 2018", "DATE", "2018-06"}}},
		{"bare year", "2018-11-02", "He fled the country in 2009.",
			[]found{{"2009", "DATE", "2009"}}},
		{"year is a count", "2018-11-02", "About 2000 people marched.",
			nil},
		{"last weekday", "2018-11-02", "The diplomat left last Tuesday.",
			[]found{{"last Tuesday", "DATE", "2018-10-30"}}},
		{"weekday of last week", "2025-04-18", "Three men were detained on Tuesday last week.",
			[]found{{"Tuesday last week", "DATE", "2025-04-08"}}},
		{"this weekday past is the one before the report", "2024-06-18", "This Sunday past, about a hundred people demonstrated in Paris.",
			[]found{{"This Sunday past", "DATE", "2024-06-16"}}},
		{"a year in a law's title is no date", "2025-04-18", "Two men were charged in May 2024 under the National Security Act 2023.",
			[]found{{"May 2024", "DATE", "2024-05"}}},
		{"a weekly rite named by its weekday is no date, one's own that day is", "2025-04-18", "He was on his way to Friday prayers. In his Sunday sermon the imam spoke of it.",
			[]found{{"Sunday", "DATE", "2025-04-13"}}},
		{"weekday of next week", "2025-04-18", "The hearing opens on Monday of next week.",
			[]found{{"Monday of next week", "DATE", "2025-04-21"}}},
		{"a weekday in a named month is a day of that month the text does not give", "2024-06-21", "He was shot on a Sunday evening in March 2019. She left on a Friday of June.",
			[]found{{"Sunday evening in March 2019", "DATE", "2019-03"}, {"Friday of June", "DATE", "2024-06"}}},
		{"a weekday after 'a' or 'one' is some such day, not the one before the report", "2023-06-14", "On a Sunday morning the two were forced into a van. One Friday they came back. On Tuesday he spoke.",
			[]found{{"Tuesday", "DATE", "2023-06-13"}}},
		{"a bare month that opens a range takes the year of the month that ends it", "2025-04-09", "The campaign ran from June to November last year. Another ran between November and February 2023.",
			[]found{{"June", "DATE", "2024-06"}, {"November last year", "DATE", "2024-11"}, {"November", "DATE", "2022-11"}, {"February 2023", "DATE", "2023-02"}}},
		{"the middle of the day is a time of some day, not the report's; the end of the year is the report's year", "2023-11-21", "He was grabbed in the middle of the day. By the end of the year he was jailed.",
			[]found{{"the end of the year", "DATE", "2023"}}},
		{"weekday past", "2018-11-02", "The ministry said on Monday that it had expelled two diplomats.",
			[]found{{"Monday", "DATE", "2018-10-29"}}},
		{"weekday same day", "2018-11-02", "Officials confirmed the arrest Friday.",
			[]found{{"Friday", "DATE", "2018-11-02"}}},
		{"weekday future", "2018-11-02", "The court will rule on Monday.",
			[]found{{"Monday", "DATE", "2018-11-05"}}},
		{"month past", "2018-11-02", "The couple were arrested in March.",
			[]found{{"March", "DATE", "2018-03"}}},
		{"month future", "2018-11-02", "The trial will open in March.",
			[]found{{"March", "DATE", "2019-03"}}},
		{"month of the same year", "2024-01-29", "He fled in 2020. In November of the same year he was shot.",
			[]found{{"2020", "DATE", "2020"}, {"November of the same year", "DATE", "2020-11"}}},
		{"month of the following year", "2024-01-29", "He fled in 2016 and died in May of the following year.",
			[]found{{"2016", "DATE", "2016"}, {"May of the following year", "DATE", "2017-05"}}},
		{"the following week after a month", "2024-10-15", "Three men were arrested in May and a fourth was charged the following week.",
			[]found{{"May", "DATE", "2024-05"}, {"the following week", "DATE", "2024-05"}}},
		{"a sentence opened by 'months later' moves the story on", "2024-10-15", "The blogger was shot on 3 February 2024. Four months later, the minister spoke of a link. Police charged two men the same day.",
			[]found{{"3 February 2024", "DATE", "2024-02-03"}, {"Four months later", "DATE", "2024-06"}, {"the same day", "DATE", "2024-06"}}},
		{"a month opening a timeline's line moves the story on", "2024-10-15", "He was killed on 2 October 2018.\n\nFebruary 2021 - The US releases a report. The Treasury the same day places sanctions on a general.",
			[]found{{"2 October 2018", "DATE", "2018-10-02"}, {"February 2021", "DATE", "2021-02"}, {"the same day", "DATE", "2021-02"}}},
		{"a clock time with no day is at the day the story is at", "2025-06-23", "He was shot dead on Saturday outside his home. He was closing the gate at around 9:40 p.m. when two men stopped.",
			[]found{{"Saturday", "DATE", "2025-06-21"}, {"9:40 p.m.", "TIME", "2025-06-21T21:40"}}},
		{"a day told again without its year takes the year it was told with", "2021-02-04", "The rally was held on 30 June 2018. Two years later the court heard that the fourth man was detained in Villepinte on 30 June.",
			[]found{{"30 June 2018", "DATE", "2018-06-30"}, {"Two years later", "DATE", "2020"}, {"30 June", "DATE", "2018-06-30"}}},
		{"a comparison inside a sentence moves nothing", "2024-10-15", "Exports fell on 3 February 2024, lower than a year earlier. Police charged two men the same day.",
			[]found{{"3 February 2024", "DATE", "2024-02-03"}, {"a year earlier", "DATE", "2023"}, {"the same day", "DATE", "2024-02-03"}}},
		{"the next day after a date", "2015-03-01", "On 14 February 2015 gunmen attacked the town. The next day a bomb exploded.",
			[]found{{"14 February 2015", "DATE", "2015-02-14"}, {"The next day", "DATE", "2015-02-15"}}},
		{"a Christmas market is no day", "2023-12-12", "He planned to attack a Christmas market.", nil},
		{"a day and month with 'last year'", "2024-02-25", "He was shot on the evening of 9 October last year. Police arrested the gunman the following morning.",
			[]found{{"9 October last year", "DATE", "2023-10-09"}, {"the following morning", "TIME", "2023-10-10TMO"}}},
		{"a month with 'this year' and a month after a comma", "2024-02-25", "They fled in January this year. In May, last year's protests resumed.",
			[]found{{"January this year", "DATE", "2024-01"}, {"May", "DATE", "2023-05"}, {"last year", "DATE", "2023"}}},
		{"last month name", "2018-11-02", "He was last seen last June.",
			[]found{{"last June", "DATE", "2018-06"}}},
		{"last month name same month", "2018-06-20", "It happened last June.",
			[]found{{"last June", "DATE", "2017-06"}}},
		{"earlier this year", "2018-11-02", "Earlier this year the embassy closed.",
			[]found{{"Earlier this year", "DATE", "2018"}}},
		{"earlier this month", "2018-11-02", "He was freed earlier this month.",
			[]found{{"earlier this month", "DATE", "2018-11"}}},
		{"years ago", "2018-11-02", "He defected two years ago.",
			[]found{{"two years ago", "DATE", "2016"}}},
		{"flashback in a relative clause", "2018-11-02", "In May 2015 Ali, who had been jailed in 2009, fled. The following year he was shot.",
			[]found{{"May 2015", "DATE", "2015-05"}, {"2009", "DATE", "2009"}, {"The following year", "DATE", "2016"}}},
		{"years ago tonight", "2018-11-02", "Three years ago tonight the exile was shot at his door.",
			[]found{{"Three years ago tonight", "DATE", "2015-11-02"}}},
		{"the same day after a later month than the last day told", "2023-10-20", "He was shot dead on June 18. The minister spoke in September. The same day, Ottawa expelled a diplomat.",
			[]found{{"June 18", "DATE", "2023-06-18"}, {"September", "DATE", "2023-09"}, {"The same day", "DATE", "2023-09"}}},
		{"the same day after a month of background told before it", "2019-01-20", "On 8 January 2019 the minister named Iran, which had expelled two envoys in June 2018. The same day, the EU listed a directorate.",
			[]found{{"8 January 2019", "DATE", "2019-01-08"}, {"June 2018", "DATE", "2018-06"}, {"The same day", "DATE", "2019-01-08"}}},
		{"a month in a sentence a year opens", "2024-06-20", "In 2014 a court convicted four men. The same year, after armed men broke into his house in March, Pretoria expelled three envoys. Kigali answered the next day. His cousin, who came home in 2019, was held in August.",
			[]found{{"2014", "DATE", "2014"}, {"The same year", "DATE", "2014"}, {"March", "DATE", "2014-03"}, {"the next day", "DATE", "2014-03"}, {"2019", "DATE", "2019"}, {"August", "DATE", "2024-08"}}},
		{"years ago this week", "2022-07-22", "Five years ago this weekend a banker was forced into a van; ten years ago this month a poet vanished.",
			[]found{{"Five years ago this weekend", "DATE", "2017-07"}, {"ten years ago this month", "DATE", "2012-07"}}},
		{"last year", "2018-11-02", "Sanctions followed last year.",
			[]found{{"last year", "DATE", "2017"}}},
		{"this year", "2018-11-02", "Three plots were foiled this year.",
			[]found{{"this year", "DATE", "2018"}}},
		{"following week", "2018-11-02", "They met on 4 March 2018 and again the following week.",
			[]found{{"4 March 2018", "DATE", "2018-03-04"}, {"the following week", "DATE", "2018-W10"}}},
		{"previous June", "2018-11-02", "The visa was granted in October 2016; the previous June he had applied.",
			[]found{{"October 2016", "DATE", "2016-10"}, {"the previous June", "DATE", "2016-06"}}},
		{"season of year", "2018-11-02", "Surveillance began in the summer of 2019.",
			[]found{{"the summer of 2019", "DATE", "2019-SU"}}},
		{"that season", "2018-11-02", "The men were held in May 2016. That summer they were charged.",
			[]found{{"May 2016", "DATE", "2016-05"}, {"That summer", "DATE", "2016-SU"}}},
		{"same day after a month alone", "2018-11-02", "He was detained in May 2016 and freed the same day.",
			[]found{{"May 2016", "DATE", "2016-05"}, {"the same day", "DATE", "2016-05"}}},
		{"a relative clause's month is background", "2018-11-02", "In September 2017 the minister named a man who was attacked in Oslo in June that year. Police made an arrest the same day.",
			[]found{{"September 2017", "DATE", "2017-09"}, {"June that year", "DATE", "2017-06"}, {"the same day", "DATE", "2017-09"}}},
		{"a relative clause's day is the anchor", "2018-11-02", "On Monday prosecutors charged a man over the killing of a lawmaker who was shot dead on 7 January. He was arrested the following day.",
			[]found{{"Monday", "DATE", "2018-10-29"}, {"7 January", "DATE", "2018-01-07"}, {"the following day", "DATE", "2018-01-08"}}},
		{"month of a part of a day", "2018-11-02", "On a June evening in 2016 two men waited outside.",
			[]found{{"June evening in 2016", "DATE", "2016-06"}}},
		{"a day told again on its anniversary is of a later year", "2018-11-02", "The rally was on 4 March 2016. On 4 March, on the anniversary of the rally, they met again.",
			[]found{{"4 March 2016", "DATE", "2016-03-04"}, {"4 March", "DATE", "2018-03-04"}}},
		{"a byline's day is no story's day", "2018-11-02", "By Ana Lopez | 18 October 2018\n\nIn September 2017 the minister spoke. The same day police acted.",
			[]found{{"18 October 2018", "DATE", "2018-10-18"}, {"September 2017", "DATE", "2017-09"}, {"The same day", "DATE", "2017-09"}}},
		{"early year", "2018-11-02", "The exiles moved in early 2020.",
			[]found{{"early 2020", "DATE", "2020"}}},
		{"duration days", "2018-11-02", "He was held for three days.",
			[]found{{"three days", "DURATION", "P3D"}}},
		{"duration hyphen", "2018-11-02", "A two-year investigation followed.",
			[]found{{"two-year", "DURATION", "P2Y"}}},
		{"past three years", "2018-11-02", "Over the past three years the agency grew.",
			[]found{{"the past three years", "DURATION", "P3Y"}}},
		{"today", "2018-11-02", "The minister spoke today.",
			[]found{{"today", "DATE", "2018-11-02"}}},
		{"yesterday", "2018-11-02", "The minister spoke yesterday.",
			[]found{{"yesterday", "DATE", "2018-11-01"}}},
		{"now", "2018-11-02", "She now lives in Oslo and currently works at a newspaper.",
			[]found{{"now", "DATE", "PRESENT_REF"}, {"currently", "DATE", "PRESENT_REF"}}},
		{"recently", "2018-11-02", "He recently moved.",
			[]found{{"recently", "DATE", "PAST_REF"}}},
		{"decade", "2018-11-02", "Exiles arrived in the 1990s.",
			[]found{{"1990s", "DATE", "199"}}},
		{"quarter", "2018-11-02", "Profits fell in the third quarter.",
			[]found{{"the third quarter", "DATE", "2018-Q3"}}},
		{"quarter not yet begun", "2018-02-10", "Profits fell in the fourth quarter.",
			[]found{{"the fourth quarter", "DATE", "2017-Q4"}}},
		{"quarter of year", "2018-11-02", "Arrests rose in the second quarter of 2017.",
			[]found{{"the second quarter of 2017", "DATE", "2017-Q2"}}},
		{"year ago quarter", "2018-11-02", "Sales in the third quarter rose from a year ago.",
			[]found{{"the third quarter", "DATE", "2018-Q3"}, {"a year ago", "DATE", "2017-Q3"}}},
		{"last week", "2018-06-08", "The raid took place last week.",
			[]found{{"last week", "DATE", "2018-W22"}}},
		{"set", "2018-11-02", "He had to report to police daily and every week.",
			[]found{{"daily", "SET", "P1D"}, {"every week", "SET", "P1W"}}},
		{"time of day", "2018-06-30", "The blast happened at 3 p.m. on Saturday.",
			[]found{{"3 p.m. on Saturday", "TIME", "2018-06-30T15:00"}}},
		{"clock", "2018-06-30", "Police arrived at 10:45 a.m.",
			[]found{{"10:45 a.m.", "TIME", "2018-06-30T10:45"}}},
		{"century", "2018-11-02", "A feud from the 19th century.",
			[]found{{"the 19th century", "DATE", "18"}}},
		{"no reference month", "", "The couple were arrested in March.",
			[]found{{"March", "DATE", "XXXX-03"}}},
		{"no reference relative", "", "Sanctions followed last year.",
			[]found{{"last year", "DATE", ""}}},
		{"no reference weekday", "", "The ministry said on Monday it had expelled them.",
			[]found{{"Monday", "DATE", "XXXX-WXX-1"}}},
		{"may is a verb", "2018-11-02", "The court May decide. Officials may act in May.",
			[]found{{"May", "DATE", "2018-05"}}},
		{"fall of the wall", "2018-11-02", "After the fall of the Berlin Wall he left.",
			nil},
		{"age is not a duration", "2018-11-02", "A 12-year-old boy and a man, 30 years old.",
			nil},
		{"money is not a year", "2018-11-02", "It cost $1999 and 1,998 euros.",
			nil},
		{"day month half a year ahead is past", "2019-05-07", "He was last seen Nov. 3 near the border.",
			[]found{{"Nov. 3", "DATE", "2018-11-03"}}},
		{"day month just ahead", "2018-11-02", "The vote falls on Dec. 10.",
			[]found{{"Dec. 10", "DATE", "2018-12-10"}}},
		{"month just ahead before a past tense is last year's", "2018-11-02", "In December a court in Tashkent sentenced him in absentia.",
			[]found{{"December", "DATE", "2017-12"}}},
		{"month just ahead before a present tense is the coming one", "2018-11-02", "In December the court is to rule on his appeal.",
			[]found{{"December", "DATE", "2018-12"}}},
		{"the following weekend after a month is told no finer than the month", "2018-11-02", "In July 2015 the poet was shot. Exiles gathered the following weekend.",
			[]found{{"July 2015", "DATE", "2015-07"}, {"the following weekend", "DATE", "2015-07"}}},
		{"day month in the future", "2018-11-02", "The court will rule on March 5.",
			[]found{{"March 5", "DATE", "2019-03-05"}}},
		{"spelled year", "2018-11-02", "The exiles arrived in nineteen ninety-six.",
			[]found{{"nineteen ninety-six", "DATE", "1996"}}},
		{"month and spelled year", "2018-11-02", "The bombing came in January nineteen ninety-seven.",
			[]found{{"January nineteen ninety-seven", "DATE", "1997-01"}}},
		{"the year two thousand", "1998-02-05", "He promised reform by the year two thousand.",
			[]found{{"the year two thousand", "DATE", "2000"}}},
		{"spelled count is not a year", "2018-11-02", "He counted nineteen twenty-dollar bills and two thousand people.",
			nil},
		{"for the year", "2018-11-02", "For the year, sales were flat; in the fiscal year ended June 30, profit rose.",
			[]found{{"the year", "DATE", "2018"}, {"the fiscal year", "DURATION", "P1Y"}, {"June 30", "DATE", "2018-06-30"}}},
		{"the fiscal year", "2018-11-02", "Earnings will fall for the fiscal year.",
			[]found{{"the fiscal year", "DATE", "2018"}}},
		{"fractional hours", "2018-11-02", "She spent 5 1/2 hours at the embassy.",
			[]found{{"5 1/2 hours", "DURATION", "PT5H30M"}}},
		{"and a half", "2018-11-02", "He was held for two and a half years, then a minute and a half passed.",
			[]found{{"two and a half years", "DURATION", "P2Y6M"}, {"a minute and a half", "DURATION", "PT1M30S"}}},
		{"twenty four hours", "2018-11-02", "Within twenty four hours he was gone.",
			[]found{{"twenty four hours", "DURATION", "PT24H"}}},
		{"year-end", "2018-11-02", "The sale should close by year-end.",
			[]found{{"year-end", "DATE", "2018"}}},
		{"since year end", "2018-11-02", "Shares are up 5% since year end.",
			[]found{{"year end", "DATE", "2017"}}},
		{"decade word", "2018-11-02", "Such groups declined through the nineties.",
			[]found{{"the nineties", "DATE", "199"}}},
		{"decade word this century", "2031-11-02", "Such groups declined in the early twenties.",
			[]found{{"the early twenties", "DATE", "202"}}},
		{"previous weekday", "2018-11-02", "Shares closed on Oct. 24, down from the previous Friday.",
			[]found{{"Oct. 24", "DATE", "2018-10-24"}, {"the previous Friday", "DATE", "2018-10-19"}}},
		{"current fiscal year", "2018-11-02", "Sales in the current fiscal year will rise.",
			[]found{{"the current fiscal year", "DATE", "2018"}}},
		{"last year's quarter", "2018-11-02", "Sales rose in the third quarter; last year's quarter was weak.",
			[]found{{"the third quarter", "DATE", "2018-Q3"}, {"last year's quarter", "DATE", "2017-Q3"}}},
		{"time comma date", "2018-11-02", "The offer runs until 5 p.m. EST, Nov. 6.",
			[]found{{"5 p.m. EST, Nov. 6", "TIME", "2018-11-06T17:00"}}},
		{"better than expected is past", "2018-11-02", "It posted better-than-expected earnings Wednesday.",
			[]found{{"Wednesday", "DATE", "2018-10-31"}}},
		{"programme names", "2018-11-02", "He spoke on \"This Week\" and on 60 Minutes, then on VOA Today.",
			nil},
		{"headline capitals", "2018-11-02", "THREE DAYS LATER, he was freed.",
			[]found{{"THREE DAYS LATER", "DATE", "2018-11-05"}}},
		{"weekday part of day", "2018-11-02", "The activist was seized Wednesday night.",
			[]found{{"Wednesday night", "TIME", "2018-10-31TNI"}}},
		{"yesterday morning", "2018-11-02", "The embassy was closed yesterday morning.",
			[]found{{"yesterday morning", "TIME", "2018-11-01TMO"}}},
		{"a year earlier after a day", "2018-11-02", "He was charged on March 3. A year earlier he had fled.",
			[]found{{"March 3", "DATE", "2018-03-03"}, {"A year earlier", "DATE", "2017"}}},
		{"year-earlier adjective", "2018-11-02", "Profit rose in the third quarter from a year-earlier loss.",
			[]found{{"the third quarter", "DATE", "2018-Q3"}, {"year-earlier", "DATE", "2017-Q3"}}},
		{"year-ago quarter", "2018-11-02", "Sales rose in the third quarter; in the comparable year-ago quarter they fell.",
			[]found{{"the third quarter", "DATE", "2018-Q3"}, {"the comparable year-ago quarter", "DATE", "2017-Q3"}}},
		{"year-ago ordinal quarter", "2018-11-02", "The firm lost money in the year-ago third quarter.",
			[]found{{"the year-ago third quarter", "DATE", "2017-Q3"}}},
		{"year before quarter", "2018-11-02", "It earned more in the 2017 second quarter.",
			[]found{{"the 2017 second quarter", "DATE", "2017-Q2"}}},
		{"year period", "2018-11-02", "Sales rose in the third quarter, against a loss in the 2017 period.",
			[]found{{"the third quarter", "DATE", "2018-Q3"}, {"the 2017 period", "DATE", "2017-Q3"}}},
		{"quarter ended a day", "2018-11-02", "Sales rose in the quarter ended Sept. 30, up from a year ago.",
			[]found{{"the quarter", "DATE", "2018-Q3"}, {"Sept. 30", "DATE", "2018-09-30"}, {"a year ago", "DATE", "2017-Q3"}}},
		{"latest quarter is a reported one", "2018-11-02", "A fourth-quarter charge looms; sales fell in the latest quarter.",
			[]found{{"fourth-quarter", "DATE", "2018-Q4"}, {"the latest quarter", "DATE", "2018-Q3"}}},
		{"a day after a bound ('since 2021, on 27 April') restates no year of it", "2024-05-10", "He was seized in the town where he had lived since 2021, on 27 April.",
			[]found{{"2021", "DATE", "2021"}, {"27 April", "DATE", "2024-04-27"}}},
		{"a holiday with its year after 'of' or a comma", "2022-03-10", "He was killed on New Year's Eve of 2013. The raid came on New Year's Day, 2015.",
			[]found{{"New Year's Eve of 2013", "DATE", "2013-12-31"}, {"New Year's Day, 2015", "DATE", "2015-01-01"}}},
		{"a day restating the shifted month before it", "2024-10-22", "She fled on 2 May 2023. Four months later, on 14 September, her brother was held.",
			[]found{{"2 May 2023", "DATE", "2023-05-02"}, {"Four months later", "DATE", "2023-09"}, {"14 September", "DATE", "2023-09-14"}}},
		{"a month restating the year before it", "2024-10-22", "The first raid came in 2021. A year later, in November, the police returned.",
			[]found{{"2021", "DATE", "2021"}, {"A year later", "DATE", "2022"}, {"November", "DATE", "2022-11"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ref vigil.Date
			if tt.ref != "" {
				ref = day(tt.ref)
			}
			var got []found
			for _, e := range tagger.Find(tt.text, ref) {
				got = append(got, found{e.Text, e.Type, e.Value})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q, %s) mismatch (-want +got):\n%s", tt.text, tt.ref, diff)
			}
		})
	}
}

func TestCalendarDate(t *testing.T) {
	tests := []struct {
		value string
		want  string
	}{
		{"2018-06-30", "2018-06-30"},
		{"2018-06-30T15:00", "2018-06-30"},
		{"2018-06", "2018-06"},
		{"2018", "2018"},
		{"2019-SU", "2019"},
		{"2018-Q3", "2018"},
		{"2018-H1", "2018"},
		{"2018-W23", "2018-06"},    // 4-10 June 2018
		{"2018-W22", "2018"},       // 28 May - 3 June 2018
		{"2018-W22-WE", "2018-06"}, // 2-3 June 2018
		{"2018-W23-3", "2018-06-06"},
		{"P3D", ""},
		{"PRESENT_REF", ""},
		{"PAST_REF", ""},
		{"XXXX-06", ""},
		{"199", ""},
		{"", ""},
		{"2018-13", ""},
	}
	for _, tt := range tests {
		if got := CalendarDate(tt.value).String(); got != tt.want {
			t.Errorf("CalendarDate(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}

func TestReference(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		published string
		want      string
		source    string
	}{
		{"published wins", "LONDON, March 26, 2017 (Reuters) - Text.", "2018-01-05", "2018-01-05", SourcePublished},
		{"dateline with year", "WASHINGTON / BRUSSELS - Monday 26 March 2018\n\nThe allies acted.", "", "2018-03-26", SourceDateline},
		{"dateline without year", "LONDON, March 26 (Reuters) - Britain said in 2018 that it would act.", "", "2018-03-26", SourceDateline},
		{"date line alone", "Posted\n12 April 2019\n\nA man was detained.", "", "2019-04-12", SourceDateline},
		{"a page's stamp line, not a later entry's heading", "TIMELINE: a case\n\nLast updated: 4 April 2025\n\nHe was taken in November 2024.\n\n8 January 2025 - Brussels\nThe Union acted.", "", "2025-04-04", SourceDateline},
		{"a stamp after the credit line's sentence", "Timeline: a blogger's case\n\nCompiled by the news desk. Last updated 3 June 2024.\n\nHe left in 2016.", "", "2024-06-03", SourceDateline},
		{"a place and a full date after the translator's note", "A teacher is missing\n\nTranslated by the editorial staff. Osh, 9 August 2022.\n\nThe teacher vanished in July.", "", "2022-08-09", SourceDateline},
		{"a lede's date is no stamp", "On 12 May 2021, militants attacked a post in Bouro. Three soldiers died.", "", "", ""},
		{"a weekday that dates an older deed gives way to the latest month the report names", "On Saturday, 24 July 2021, consulate staff beat two activists. The report was current at the time of writing, in August 2022.", "", "2022-08", SourceInferred},
		{"weekday inferred", "Police made the arrests since the beginning of 2018, the prosecutor said. On Friday, November 2, two more people were detained.", "", "2018-11-02", SourceInferred},
		{"weekday bounded by year", "Arrests rose in 2019 and 2020. On Friday, November 2, he was detained.", "", "2018-11-02", SourceInferred},
		{"a report written after the years it recalls", "He fled after the 2018 protests; gunmen attacked a colleague in September 2021. The ambassador was recalled on Monday, April 15.", "", "2024-04-15", SourceInferred},
		{"a town in capitals whose name is also a word", "NEW YORK, Oct 2 (AP) - A jury convicted two men. The plot began in 2018.", "", "2018-10-02", SourceDateline},
		{"a dateline before a later month of the latest year named", "THE HAGUE, Feb 9 (Reuters) - A court sentenced a man who was arrested in May 2022.", "", "2023-02-09", SourceDateline},
		{"nothing to go on", "On Friday, November 2, two more people were detained.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pub vigil.Date
			if tt.published != "" {
				pub = day(tt.published)
			}
			got := tagger.Reference(tt.text, pub)
			if got.Date.String() != tt.want || got.Source != tt.source {
				t.Errorf("Reference(%q) = %s %q, want %s %q", tt.text, got.Date, got.Source, tt.want, tt.source)
			}
			if got.Source != "" && got.Source != SourcePublished && (got.Span.End <= got.Span.Start || got.Span.End > len(tt.text)) {
				t.Errorf("Reference(%q) span %v out of range", tt.text, got.Span)
			}
		})
	}
}

// TestGolden pins the full output over paragraphs written for the purpose.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			var pub vigil.Date
			if strings.HasPrefix(filepath.Base(f), "published") {
				pub = day("2019-05-15")
			}
			ref := tagger.Reference(text, pub)
			var sb strings.Builder
			fmt.Fprintf(&sb, "reference %s %s\n", ref.Date, ref.Source)
			for _, e := range tagger.Find(text, ref.Date) {
				fmt.Fprintf(&sb, "%d-%d\t%s\t%s\t%s\t%q\n", e.Start, e.End, e.Type, e.Value, e.Date, e.Text)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(sb.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), sb.String()); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.txt")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "May", "12/31/1999", "'90s", "10:", "Friday,", "the first half of",
		"three-", "1998-99", "Q3 2018", "every", "\xff\xfe May 5", "Jan. 31, 2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ref := day("2018-11-02")
		prev := 0
		for _, e := range tagger.Find(text, ref) {
			if e.Start < prev || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("Find(%q): span %d-%d out of order or range (prev end %d)", text, e.Start, e.End, prev)
			}
			if text[e.Start:e.End] != e.Text {
				t.Fatalf("Find(%q): Text %q does not match span", text, e.Text)
			}
			prev = e.End
		}
		r := tagger.Reference(text, vigil.Date{})
		if r.Span.End > len(text) || r.Span.Start > r.Span.End {
			t.Fatalf("Reference(%q): span %v out of range", text, r.Span)
		}
		_ = utf8.ValidString(text)
	})
}

// BenchmarkFind measures throughput on article-sized texts (about 5 KB each, the
// size of a news report), as the pipeline calls Find once per article.
func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var articles []string
	total := 0
	for len(articles) < 32 {
		var sb strings.Builder
		for k := len(articles); sb.Len() < 5000; k++ {
			s, _ := os.ReadFile(files[k%len(files)])
			sb.Write(s)
			sb.WriteString("\n")
		}
		articles = append(articles, sb.String())
		total += sb.Len()
	}
	ref := day("2018-11-02")
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range articles {
			tagger.Find(a, ref)
		}
	}
}
