// With `-> &'a str` tied to `x` alone, the result does not borrow `y`: y's owner may be dropped first.
fn first<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("ignoring {}", y);
    x
}

fn main() {
    let kept = String::from("kept");
    let result;
    {
        let short = String::from("short-lived");
        result = first(kept.as_str(), short.as_str());
    }
    println!("{}", result);
}
// expect: ignoring short-lived
// expect: kept
