// A result under a two-lifetime struct's first lifetime still borrows that owner after the struct is dropped, so mutating it before the use is error E0502.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_a(&self) -> &'a str {
        self.a
    }
}

fn main() {
    let mut s = String::from("left");
    let t = String::from("right");
    let w = W { a: &s, b: &t };
    let r = w.pick_a();
    drop(w);
    s.push('!');
    println!("{r}");
}
// error: E0502 at 19:5
