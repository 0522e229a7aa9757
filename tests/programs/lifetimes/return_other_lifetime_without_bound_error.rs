// Without `'b: 'a`, returning the `'b` field as `&'a str` is "lifetime may not live long enough".
struct Pair<'a, 'b> {
    short: &'a str,
    long: &'b str,
}

impl<'a, 'b> Pair<'a, 'b> {
    fn longer(&self) -> &'a str {
        if self.long.len() > self.short.len() { self.long } else { self.short }
    }
}

fn main() {
    let long = String::from("lasting");
    let short = String::from("brief");
    let p = Pair { short: &short, long: &long };
    println!("{}", p.longer());
}
// error: "lifetime may not live long enough" at 9:49
