// `std::thread::spawn` called by its full path is "not supported yet" at the path.
fn main() {
    let handle = std::thread::spawn(move || {
        println!("hi from the thread");
    });
    handle.join().unwrap();
}
// expect: hi from the thread
// unsupported: `std::thread::spawn` at 3:18
