// Once behind a shared reference the default mode stays `ref`, even through a `&mut` further in: `x` is `&i32`, not `&mut i32`.
fn main() {
    let mut n = 5;
    let outer = (&mut n, 1);
    let shared = &outer;
    let (x, y) = shared;
    let r: &&mut i32 = x;
    println!("{} {}", r, y);
    let mut o = Some(String::from("s"));
    let wrapped = (&mut o,);
    if let (Some(s),) = &wrapped {
        let t: &String = s;
        println!("{}", t);
    }
}
// expect: 5 1
// expect: s
