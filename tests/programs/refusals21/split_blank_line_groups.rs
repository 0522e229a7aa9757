// Input split into blank-line groups (`split("\n\n")`), as a puzzle's elves' calories: collected, looped over, and kept to take the first.
fn main() {
    let input = String::from("1000\n2000\n3000\n\n4000\n\n5000\n6000\n\n7000\n8000\n9000\n\n10000");
    let groups: Vec<&str> = input.split("\n\n").collect();
    println!("{} groups", groups.len());
    let mut best = 0;
    for block in input.split("\n\n") {
        let total: u32 = block.lines().map(|l| l.parse::<u32>().unwrap()).sum();
        println!("{:?} -> {}", block, total);
        if total > best {
            best = total;
        }
    }
    println!("best {}", best);
    let mut blocks = input.split("\n\n");
    let first = blocks.next().unwrap();
    println!("first {:?}, {} more", first, blocks.count());
}
// expect: 5 groups
// expect: "1000\n2000\n3000" -> 6000
// expect: "4000" -> 4000
// expect: "5000\n6000" -> 11000
// expect: "7000\n8000\n9000" -> 24000
// expect: "10000" -> 10000
// expect: best 24000
// expect: first "1000\n2000\n3000", 4 more
