// A function returns a method's result under its struct's first lifetime only, so the struct's second borrow (with an elided lifetime) need not outlive the result.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_a(&self) -> &'a str {
        self.a
    }
}

fn first<'a>(s: &'a str, t: &str) -> &'a str {
    let w = W { a: s, b: t };
    println!("{}", w.b);
    w.pick_a()
}

fn main() {
    let s = String::from("left");
    let r;
    {
        let t = String::from("right");
        r = first(&s, &t);
    }
    println!("{r}");
}
// expect: right
// expect: left
