// Breaking out of a `for` over a Box<[String]> by value drops the Strings not taken, then frees the box's buffer.
fn main() {
    let words: Box<[String]> = Box::new([String::from("a"), String::from("stop"), String::from("c")]);
    for w in words {
        if w == "stop" {
            break;
        }
        println!("{}", w);
    }
    println!("after");
}
// expect: a
// expect: after
