// move closures made in a loop, each owning its own String, collected into a Vec and called later.
fn main() {
    let mut labelers: Vec<Box<dyn Fn(u32) -> String>> = Vec::new();
    for prefix in ["a", "bb", "ccc"] {
        let p = prefix.to_uppercase();
        labelers.push(Box::new(move |n| format!("{}-{}", p, n)));
    }
    for (i, l) in labelers.iter().enumerate() {
        println!("{}", l(i as u32 * 10));
    }
    let all: Vec<String> = labelers.iter().map(|l| l(0)).collect();
    println!("{:?}", all);
}
// expect: A-0
// expect: BB-10
// expect: CCC-20
// expect: ["A-0", "BB-0", "CCC-0"]
