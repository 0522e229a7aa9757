// `T::Item` needs a bound with an associated type of that name: E0220.
fn first<T: Clone>(t: T) -> T::Item {
    t
}

fn main() {
    println!("{}", first(1));
}
// error: E0220 at 2:32
