// Two array patterns may move different elements out of the same array: `[a, _]` takes element 0, `[_, b]` element 1.
fn main() {
    let names = [String::from("ada"), String::from("grace")];
    let [a, _] = names;
    let [_, b] = names;
    println!("{} {}", a, b);
}
// expect: ada grace
