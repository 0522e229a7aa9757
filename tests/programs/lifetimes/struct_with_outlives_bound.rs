// A struct declaring `'b: 'a` holds two references; a method returns its longer-lived field at the shorter lifetime.
struct Context<'a, 'b: 'a> {
    title: &'a str,
    body: &'b str,
}

impl<'a, 'b: 'a> Context<'a, 'b> {
    fn either(&self, long: bool) -> &'a str {
        if long { self.body } else { self.title }
    }
}

fn main() {
    let body = String::from("the body of the text");
    let title = String::from("Title");
    let c = Context { title: &title, body: &body };
    println!("{} / {}", c.either(false), c.either(true));
}
// expect: Title / the body of the text
