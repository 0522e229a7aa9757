// impl Drop printing messages at the end of nested scopes, drop(x) early, and a Vec of them.
struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping CustomSmartPointer with data `{}`!", self.data);
    }
}

fn make(name: &str) -> CustomSmartPointer {
    println!("making {}", name);
    CustomSmartPointer { data: name.to_string() }
}

fn main() {
    let c = make("my stuff");
    {
        let d = make("other stuff");
        println!("inner scope with {}", d.data);
    }
    let e = make("early");
    drop(e);
    println!("after drop(e)");
    let v = vec![make("v0"), make("v1"), make("v2")];
    println!("vec has {}", v.len());
    let moved = c;
    println!("CustomSmartPointers created, moved = {}", moved.data);
}
// expect: making my stuff
// expect: making other stuff
// expect: inner scope with other stuff
// expect: Dropping CustomSmartPointer with data `other stuff`!
// expect: making early
// expect: Dropping CustomSmartPointer with data `early`!
// expect: after drop(e)
// expect: making v0
// expect: making v1
// expect: making v2
// expect: vec has 3
// expect: CustomSmartPointers created, moved = my stuff
// expect: Dropping CustomSmartPointer with data `my stuff`!
// expect: Dropping CustomSmartPointer with data `v0`!
// expect: Dropping CustomSmartPointer with data `v1`!
// expect: Dropping CustomSmartPointer with data `v2`!
