// Returning a method's result under the struct's second lifetime, filled from a parameter whose lifetime was left out, is error E0621.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_b(&self) -> &'b str {
        self.b
    }
}

fn first<'a>(s: &'a str, t: &str) -> &'a str {
    let w = W { a: s, b: t };
    w.pick_b()
}

fn main() {
    let s = String::from("left");
    let t = String::from("right");
    println!("{}", first(&s, &t));
}
// error: E0621 at 15:5
