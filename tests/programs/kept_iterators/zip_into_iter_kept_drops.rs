// A kept Zip holding a vec::IntoIter of Strings: `next` moves a pair out, the Zip dropped at the end of its block drops the Strings it did not hand out and frees the buffer.
fn main() {
    let words = vec![String::from("one"), String::from("two"), String::from("three")];
    let ids = [7, 8];
    {
        let mut z = words.into_iter().zip(ids.iter());
        println!("{:?}", z);
        let first = z.next();
        println!("{:?}", first);
        println!("{:?}", z);
    }
    println!("done");
}
// expect: Zip { a: IntoIter(["one", "two", "three"]), b: Iter([7, 8]) }
// expect: Some(("one", 7))
// expect: Zip { a: IntoIter(["two", "three"]), b: Iter([8]) }
// expect: done
