// A closure may return a reference into what it captures by `&` (an Fn closure), and an FnMut one may return values it owns: neither escapes.
fn main() {
    let v = vec![1, 2];
    let first = || v.first();
    println!("{:?}", first());
    let mut count = 0;
    let mut bump = || {
        count += 1;
        count
    };
    println!("{} {}", bump(), bump());
    let mut names = vec![String::from("a")];
    let mut newest = |n: &str| {
        names.push(n.to_string());
        names.last().cloned()
    };
    println!("{:?}", newest("b"));
}
// expect: Some(1)
// expect: 1 2
// expect: Some("b")
