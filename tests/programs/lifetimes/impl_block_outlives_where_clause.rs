// An impl with `where 'b: 'a` lets a method hand out the longer borrow at the shorter lifetime.
struct Pair<'a, 'b> {
    short: &'a str,
    long: &'b str,
}

impl<'a, 'b> Pair<'a, 'b>
where
    'b: 'a,
{
    fn longer(&self) -> &'a str {
        if self.long.len() > self.short.len() { self.long } else { self.short }
    }
}

fn main() {
    let long = String::from("lasting");
    let short = String::from("brief!!!!");
    let p = Pair { short: &short, long: &long };
    println!("{}", p.longer());
}
// expect: brief!!!!
