// A struct inside a two-lifetime struct keeps its lifetimes apart: `o.inner.x` outlives the String behind `o.inner.y`.
struct Pair<'a, 'b> { x: &'a str, y: &'b str }
struct Outer<'a, 'b> { inner: Pair<'a, 'b>, n: i32 }
fn main() {
    let a = String::from("a");
    let r;
    {
        let b = String::from("b");
        let o = Outer { inner: Pair { x: &a, y: &b }, n: 1 };
        r = o.inner.x;
        println!("{} {}", o.inner.y, o.n);
    }
    println!("{}", r);
}
// expect: b 1
// expect: a
