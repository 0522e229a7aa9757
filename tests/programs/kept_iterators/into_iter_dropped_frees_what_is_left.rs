// A kept vec::IntoIter dropped at the end of its scope frees the Strings it did not hand out, then its buffer.
fn main() {
    let words = vec![String::from("one"), String::from("two"), String::from("three")];
    {
        let mut it = words.into_iter();
        let first = it.next().unwrap();
        println!("took {first}");
    }
    println!("done");
}
// expect: took one
// expect: done
