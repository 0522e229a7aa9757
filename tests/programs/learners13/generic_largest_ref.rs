// largest returning &T needs only PartialOrd: it works for Strings, which are not Copy.
fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list.iter() {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let words = vec![String::from("apple"), String::from("pear"), String::from("fig")];
    let w = largest(&words);
    println!("largest word: {}", w);
    println!("words still usable: {:?}", words);
    let nums = [3u8, 9, 2];
    println!("largest u8: {}", largest(&nums));
}
// expect: largest word: pear
// expect: words still usable: ["apple", "pear", "fig"]
// expect: largest u8: 9
