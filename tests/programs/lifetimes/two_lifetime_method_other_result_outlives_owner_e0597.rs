// A result under a two-lifetime struct's second lifetime does not outlive the scope of that borrow's owner: error E0597.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_b(&self) -> &'b str {
        self.b
    }
}

fn main() {
    let s = String::from("left");
    let r;
    {
        let t = String::from("right");
        let w = W { a: &s, b: &t };
        r = w.pick_b();
    }
    println!("{r}");
}
// error: E0597 at 18:31
