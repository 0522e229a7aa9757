// try_fold's Option must carry the accumulator's type: Some of a &str for an integer accumulator is E0271 at try_fold.
fn main() {
    let v = vec![1, 2];
    let s: Option<i32> = v.iter().try_fold(0, |_acc, &x| if x > 0 { Some("pos") } else { None });
    println!("{:?}", s);
}
// error: E0271 at 4:35
