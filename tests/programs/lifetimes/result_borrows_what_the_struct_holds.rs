// `fn part_of<'a, 'b>(e: &'b Excerpt<'a>) -> &'a str` hands on the text the excerpt borrows, not the excerpt: the result outlives `e`.
struct Excerpt<'a> {
    part: &'a str,
}

fn part_of<'a, 'b>(e: &'b Excerpt<'a>) -> &'a str {
    e.part
}

fn main() {
    let text = String::from("Call me Ishmael.");
    let first;
    {
        let e = Excerpt { part: &text[0..4] };
        first = part_of(&e);
    }
    println!("{}", first);
}
// expect: Call
