// A kept TakeWhile around a vec::IntoIter of Strings drops the item its predicate refused at once; the Strings after it are dropped with the iterator.
fn main() {
    let words = vec![String::from("apple"), String::from("avocado"), String::from("banana"), String::from("apricot")];
    let mut a_words = words.into_iter().take_while(|w| w.starts_with('a'));
    while let Some(w) = a_words.next() {
        println!("{w}");
    }
    println!("{:?}", a_words);
}
// expect: apple
// expect: avocado
// expect: TakeWhile { iter: IntoIter(["apricot"]), flag: true }
