// `longest` returns a reference valid in both inputs' scope; a literal argument lives for the whole program.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = "xyz";
        result = longest(string1.as_str(), string2);
    }
    println!("the longest string is {}", result);
}
// expect: the longest string is long string is long
