// Result's map, and_then, or_else, unwrap_or_else, map_or, is_ok_and and is_err_and.
fn half(x: i32) -> Result<i32, String> {
    if x % 2 == 0 { Ok(x / 2) } else { Err(format!("{} is odd", x)) }
}
fn main() {
    let r = half(12).and_then(|x| half(x)).map(|x| x * 10);
    let e = half(12).and_then(|x| half(x)).and_then(|x| half(x));
    println!("{:?} {:?}", r, e);
    println!("{}", e.clone().unwrap_or_else(|msg| msg.len() as i32));
    println!("{:?}", half(3).or_else(|_| half(4)));
    println!("{} {}", half(8).map_or(-1, |x| x), half(7).map_or(-1, |x| x));
    println!("{} {}", half(8).is_ok_and(|x| x == 4), half(7).is_err_and(|m| m.contains("odd")));
}
// expect: Ok(30) Err("3 is odd")
// expect: 8
// expect: Ok(2)
// expect: 4 -1
// expect: true true
