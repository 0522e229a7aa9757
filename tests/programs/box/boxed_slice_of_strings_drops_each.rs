// A `Box<[String]>` owns its Strings: dropping it frees each String's buffer in order, then the Box's cell.
fn main() {
    let v = vec![String::from("one"), String::from("two")];
    let b = v.into_boxed_slice();
    println!("{}", b.join("+"));
    drop(b);
    println!("done");
}
// expect: one+two
// expect: done
