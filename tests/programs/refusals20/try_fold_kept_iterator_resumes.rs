// try_fold takes &mut self: on a kept iterator it stops after the item that made it stop, and the iterator goes on from the next one.
fn main() {
    let v = vec![1, 2, 3, 10, 4, 5];
    let mut it = v.iter();
    let before_big = it.try_fold(0, |acc, &x| if x < 10 { Some(acc + x) } else { None });
    println!("{:?}", before_big);
    let rest: Vec<&i32> = it.collect();
    println!("{:?}", rest);
}
// expect: None
// expect: [4, 5]
