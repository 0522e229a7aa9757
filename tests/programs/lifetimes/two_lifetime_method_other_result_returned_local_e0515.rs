// Returning a method's result under the struct's second lifetime, which borrows a local String, is error E0515.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_b(&self) -> &'b str {
        self.b
    }
}

fn get<'a>(s: &'a str) -> &'a str {
    let t = String::from("local");
    let w = W { a: s, b: &t };
    w.pick_b()
}

fn main() {
    let s = String::from("kept");
    println!("{}", get(&s));
}
// error: E0515 at 16:5
