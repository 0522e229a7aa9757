// `new(text: &'a str) -> Excerpt<'a>`: the struct a function builds keeps its argument's borrow.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn new(text: &'a str) -> Excerpt<'a> {
        Excerpt { part: text }
    }
}

fn main() {
    let e;
    {
        let text = String::from("brief");
        e = Excerpt::new(&text);
    }
    println!("{}", e.part);
}
// error: E0597 at 16:26
