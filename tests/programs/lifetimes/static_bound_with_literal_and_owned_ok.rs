// `T: 'static` accepts literals, owned Strings and Vecs of literals: nothing they hold is a local's borrow.
use std::fmt::Debug;

fn show<T: Debug + 'static>(t: T) {
    println!("{:?}", t);
}

fn main() {
    let owned = String::from("owned");
    let n = 4;
    show("literal");
    show(owned.clone());
    show(vec!["a", "b"]);
    show(n);
    println!("{} {}", owned, n);
}
// expect: "literal"
// expect: "owned"
// expect: ["a", "b"]
// expect: 4
// expect: owned 4
