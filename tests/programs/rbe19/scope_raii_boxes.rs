// RAII: boxes freed when their owners leave scope, a function's boxes freed at its return.
fn create_box() {
    let _box1 = Box::new(3i32);
}

fn main() {
    let _box2 = Box::new(5i32);
    {
        let _box3 = Box::new(4i32);
        println!("inner scope");
    }
    for _ in 0u32..3 {
        create_box();
    }
    println!("end of main");
}
// expect: inner scope
// expect: end of main
