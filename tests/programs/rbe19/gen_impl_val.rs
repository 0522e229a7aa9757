// An impl for a concrete type and an impl<T> for a generic one, each with a value method.
struct Val {
    val: f64,
}

struct GenVal<T> {
    gen_val: T,
}

impl Val {
    fn value(&self) -> &f64 {
        &self.val
    }
}

impl<T> GenVal<T> {
    fn value(&self) -> &T {
        &self.gen_val
    }
}

fn main() {
    let x = Val { val: 3.0 };
    let y = GenVal { gen_val: 3i32 };
    let z = GenVal { gen_val: "three" };
    println!("{}, {}, {}", x.value(), y.value(), z.value());
}
// expect: 3, 3, three
