// A function returns a method's result under its struct's first lifetime while the second field borrows a local String through a deref coercion: no E0515.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_a(&self) -> &'a str {
        self.a
    }
}

fn get<'a>(s: &'a str) -> &'a str {
    let t = String::from("local");
    let w = W { a: s, b: &t };
    println!("{}", w.b);
    w.pick_a()
}

fn make<'a>(s: &'a str) -> &'a str {
    let w = W { a: s, b: "lit" };
    let r = w.pick_a();
    r
}

fn main() {
    let s = String::from("kept");
    println!("{}", get(&s));
    println!("{}", make(&s));
}
// expect: local
// expect: kept
// expect: kept
