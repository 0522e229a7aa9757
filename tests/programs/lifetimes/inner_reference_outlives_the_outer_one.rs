// From a `&'b &'a str` the function returns the inner `&'a str`: the result borrows the String, not the local reference it was reached through.
fn inner<'a, 'b>(r: &'b &'a str) -> &'a str {
    *r
}

fn main() {
    let text = String::from("call me");
    let p;
    {
        let s: &str = &text;
        p = inner(&s);
    }
    println!("{}", p);
}
// expect: call me
