// zip, and, ok_or and then_some whose wanted result names their type parameter: the arguments take that type (integer literals as u8, a `&[i32; 3]` coerced to a slice).
fn main() {
    let w: Option<(i32, u8)> = Some(1).zip(Some(200));
    let a: Option<u8> = Some("x").and(Some(7));
    let r: Result<i32, u8> = None.ok_or(255);
    let arr = [1, 2, 3];
    let s: Option<&[i32]> = (arr.len() == 3).then_some(&arr);
    println!("{:?} {:?} {:?} {:?}", w, a, r, s);
    let sum: u8 = w.unwrap().1 + a.unwrap();
    println!("{}", sum.wrapping_add(100));
}
// expect: Some((1, 200)) Some(7) Err(255) Some([1, 2, 3])
// expect: 51
