// A function's tail expression's temporaries are dropped after its variables and before its parameters (edition 2021).
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(s: &'static str) -> D {
    D(s)
}

fn same(a: D, b: D) -> bool {
    let _local = D("local");
    make("t1").0 == make("t2").0
}

fn describe(name: String) -> usize {
    format!("<{}>", name).len() + name.to_uppercase().len()
}

fn main() {
    println!("{}", same(D("a"), D("b")));
    println!("{}", describe(String::from("owned")));
}
// expect: drop local
// expect: drop t2
// expect: drop t1
// expect: drop b
// expect: drop a
// expect: false
// expect: 12
