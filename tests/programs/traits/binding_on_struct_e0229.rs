// An associated item binding belongs on a trait, not on a struct's generics: E0229.
struct Wrapper<T> {
    value: T,
}

fn main() {
    let w: Wrapper<Item = i32> = Wrapper { value: 1 };
    println!("{}", w.value);
}
// error: E0229 at 7:20
