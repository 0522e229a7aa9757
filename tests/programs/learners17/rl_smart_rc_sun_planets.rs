// Rustlings-style: planets sharing one Sun through Rc, its strong count rising and falling with drops.
use std::rc::Rc;

#[derive(Debug)]
struct Sun;

#[derive(Debug)]
enum Planet {
    Mercury(Rc<Sun>),
    Venus(Rc<Sun>),
    Earth(Rc<Sun>),
}

impl Planet {
    fn details(&self) {
        println!("Hi from {:?}!", self);
    }
}

fn main() {
    let sun = Rc::new(Sun);
    println!("reference count = {}", Rc::strong_count(&sun));
    let mercury = Planet::Mercury(Rc::clone(&sun));
    println!("reference count = {}", Rc::strong_count(&sun));
    mercury.details();
    let venus = Planet::Venus(Rc::clone(&sun));
    let earth = Planet::Earth(sun.clone());
    println!("reference count = {}", Rc::strong_count(&sun));
    venus.details();
    earth.details();
    drop(earth);
    println!("reference count = {}", Rc::strong_count(&sun));
    drop(venus);
    drop(mercury);
    println!("reference count = {}", Rc::strong_count(&sun));
}
// expect: reference count = 1
// expect: reference count = 2
// expect: Hi from Mercury(Sun)!
// expect: reference count = 4
// expect: Hi from Venus(Sun)!
// expect: Hi from Earth(Sun)!
// expect: reference count = 3
// expect: reference count = 1
