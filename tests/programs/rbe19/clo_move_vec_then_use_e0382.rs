// A `move` closure takes the Vec: using it after is E0382.
fn main() {
    let haystack = vec![1, 2, 3];
    let contains = move |needle| haystack.contains(needle);
    println!("{}", contains(&1));
    println!("{}", contains(&4));
    println!("There're {} elements in vec", haystack.len());
}
// error: E0382 at 7:45
