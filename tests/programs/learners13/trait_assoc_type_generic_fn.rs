// A trait Parser with an associated Output type, implemented twice, and a generic fn returning Vec<P::Output>.
trait Parser {
    type Output;
    fn parse(&self, s: &str) -> Option<Self::Output>;
}

struct IntParser;
struct PairParser;

impl Parser for IntParser {
    type Output = i64;
    fn parse(&self, s: &str) -> Option<i64> {
        s.trim().parse().ok()
    }
}

impl Parser for PairParser {
    type Output = (String, String);
    fn parse(&self, s: &str) -> Option<(String, String)> {
        let (a, b) = s.split_once('=')?;
        Some((a.trim().to_string(), b.trim().to_string()))
    }
}

fn parse_all<P: Parser>(p: &P, lines: &[&str]) -> Vec<P::Output> {
    lines.iter().filter_map(|l| p.parse(l)).collect()
}

fn main() {
    println!("{:?}", parse_all(&IntParser, &["1", " 22 ", "x", "-3"]));
    println!("{:?}", parse_all(&PairParser, &["a = 1", "nope", "key=value"]));
}
// expect: [1, 22, -3]
// expect: [("a", "1"), ("key", "value")]
