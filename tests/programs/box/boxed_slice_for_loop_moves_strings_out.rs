// `for s in b` over a Box<[String]> moves each String out (std's IntoIterator for Box<[T]>, through into_vec); the box's buffer is freed when the loop ends.
fn main() {
    let b: Box<[String]> = vec![String::from("x"), String::from("yz")].into_boxed_slice();
    for s in b {
        println!("{} {}", s, s.len());
    }
    println!("done");
}
// expect: x 1
// expect: yz 2
// expect: done
