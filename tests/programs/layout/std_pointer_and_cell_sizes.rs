// size_of of std's pointers and cells and of an Option around each: a pointer that is never null makes None free, a cell's flag or value leaves no niche.
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::mem::{align_of, size_of};
use std::rc::{Rc, Weak};

#[allow(dead_code)]
trait Shape {
    fn area(&self) -> f64;
}

#[allow(dead_code)]
struct Node {
    value: i32,
    next: Option<Rc<RefCell<Node>>>,
    parent: Option<Weak<RefCell<Node>>>,
}

fn main() {
    println!("Box<i32> {} {}", size_of::<Box<i32>>(), size_of::<Option<Box<i32>>>());
    println!("Box<dyn Shape> {} {}", size_of::<Box<dyn Shape>>(), size_of::<Option<Box<dyn Shape>>>());
    println!("Box<dyn Fn(i32) -> i32> {} {}", size_of::<Box<dyn Fn(i32) -> i32>>(), size_of::<Option<Box<dyn Fn(i32) -> i32>>>());
    println!("&dyn Shape {} {}", size_of::<&dyn Shape>(), size_of::<Option<&dyn Shape>>());
    println!("&str {} {} {}", size_of::<&str>(), size_of::<Option<&str>>(), size_of::<Result<&str, &str>>());
    println!("&[u8] {} {} {}", size_of::<&[u8]>(), size_of::<Option<&[u8]>>(), size_of::<Option<Option<&str>>>());
    println!("Rc<i32> {} {}", size_of::<Rc<i32>>(), size_of::<Option<Rc<i32>>>());
    println!("Weak<i32> {} {}", size_of::<Weak<i32>>(), size_of::<Option<Weak<i32>>>());
    println!("Rc<RefCell<Vec<String>>> {}", size_of::<Rc<RefCell<Vec<String>>>>());
    println!("RefCell<i32> {} {} {}", size_of::<RefCell<i32>>(), align_of::<RefCell<i32>>(), size_of::<Option<RefCell<i32>>>());
    println!("RefCell<String> {} {}", size_of::<RefCell<String>>(), size_of::<Option<RefCell<String>>>());
    println!("RefCell<Option<String>> {}", size_of::<RefCell<Option<String>>>());
    println!("Cell<i32> {} {} {}", size_of::<Cell<i32>>(), align_of::<Cell<i32>>(), size_of::<Option<Cell<i32>>>());
    println!("Cell<bool> {} {}", size_of::<Cell<bool>>(), size_of::<Option<Cell<bool>>>());
    println!("Cell<Option<u32>> {}", size_of::<Cell<Option<u32>>>());
    println!("Ref<Vec<u8>> {} {}", size_of::<Ref<Vec<u8>>>(), size_of::<Option<RefMut<Vec<u8>>>>());
    println!("Node {} {}", size_of::<Node>(), size_of::<Option<Node>>());
    println!("fn(i32) -> i32 {} {}", size_of::<fn(i32) -> i32>(), size_of::<Option<fn(i32) -> i32>>());
}
// expect: Box<i32> 8 8
// expect: Box<dyn Shape> 16 16
// expect: Box<dyn Fn(i32) -> i32> 16 16
// expect: &dyn Shape 16 16
// expect: &str 16 16 24
// expect: &[u8] 16 16 24
// expect: Rc<i32> 8 8
// expect: Weak<i32> 8 8
// expect: Rc<RefCell<Vec<String>>> 8
// expect: RefCell<i32> 16 8 24
// expect: RefCell<String> 32 40
// expect: RefCell<Option<String>> 32
// expect: Cell<i32> 4 4 8
// expect: Cell<bool> 1 2
// expect: Cell<Option<u32>> 8
// expect: Ref<Vec<u8>> 16 16
// expect: Node 24 32
// expect: fn(i32) -> i32 8 8
