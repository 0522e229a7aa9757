// With `fn first<'a, 'b>(x: &'a str, y: &'b str) -> &'a str`, the result borrows only `x`'s String: `b` may be freed while the result is still used.
fn first<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("{}", y);
    x
}

fn main() {
    let a = String::from("kept");
    let r;
    {
        let b = String::from("gone");
        r = first(&a, &b);
    }
    println!("{}", r);
}
// expect: gone
// expect: kept
