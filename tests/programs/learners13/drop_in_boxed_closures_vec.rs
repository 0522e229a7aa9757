// Boxed closures owning Drop values in a Vec: dropped in order when the Vec is cleared.
struct Res(u32);

impl Drop for Res {
    fn drop(&mut self) {
        println!("free res {}", self.0);
    }
}

fn main() {
    let mut tasks: Vec<Box<dyn Fn() -> u32>> = Vec::new();
    for i in 1..=3 {
        let r = Res(i);
        tasks.push(Box::new(move || r.0 * 100));
    }
    let outputs: Vec<u32> = tasks.iter().map(|t| t()).collect();
    println!("{:?}", outputs);
    tasks.remove(1);
    println!("removed the middle one");
    tasks.clear();
    println!("cleared, len {}", tasks.len());
}
// expect: free res 1
// expect: free res 2
// expect: free res 3
// expect: [100, 200, 300]
// expect: removed the middle one
// expect: cleared, len 0
