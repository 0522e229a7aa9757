// `Box::leak` turns a Box into a `&'static mut` reference; the allocation is never freed.
fn main() {
    let b = Box::new(41);
    let r: &'static mut i32 = Box::leak(b);
    *r += 1;
    println!("{}", r);
}
// expect: 42
