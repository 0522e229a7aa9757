// A struct's `'b: 'a` is implied wherever the struct is named: a free function may return its `'b` field as `&'a str`.
struct Context<'a, 'b: 'a> {
    title: &'a str,
    body: &'b str,
}

fn body_of<'a, 'b>(c: &Context<'a, 'b>) -> &'a str {
    c.body
}

fn main() {
    let body = String::from("body text");
    let title = String::from("title");
    let c = Context { title: &title, body: &body };
    println!("{} {}", c.title, body_of(&c));
}
// expect: title body text
