// A method in an impl bounded by T: Clone, called on a Wrapper of a type without Clone, is E0599.
struct Wrapper<T> {
    value: T,
}

impl<T: Clone> Wrapper<T> {
    fn duplicate(&self) -> (T, T) {
        (self.value.clone(), self.value.clone())
    }
}

struct NoClone;

fn main() {
    let w = Wrapper { value: 3 };
    println!("{:?}", w.duplicate());
    let n = Wrapper { value: NoClone };
    let _pair = n.duplicate();
}
// error: E0599 at 18:19
