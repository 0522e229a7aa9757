// A method of a two-lifetime struct returning a reference under one of them outlives the struct: the struct may be dropped before the result is used.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_a(&self) -> &'a str {
        self.a
    }
    fn pick_b(&self) -> &'b str {
        self.b
    }
}

fn main() {
    let s = String::from("left");
    let t = String::from("right");
    let w = W { a: &s, b: &t };
    let r = w.pick_a();
    drop(w);
    println!("{r}");
    let w2 = W { a: &s, b: &t };
    let q = w2.pick_b();
    drop(w2);
    println!("{q}");
}
// expect: left
// expect: right
