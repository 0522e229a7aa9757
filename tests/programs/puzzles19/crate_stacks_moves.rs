// Stacks as Vec<Vec<char>>; "move N from A to B" parsed by position in split_whitespace; pop and push one at a time.
fn main() {
    let mut stacks: Vec<Vec<char>> = vec![vec!['Z', 'N'], vec!['M', 'C', 'D'], vec!['P']];
    let moves = "move 1 from 2 to 1\nmove 3 from 1 to 3\nmove 2 from 2 to 1\nmove 1 from 1 to 2";
    for line in moves.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let n: usize = parts[1].parse().unwrap();
        let from: usize = parts[3].parse::<usize>().unwrap() - 1;
        let to: usize = parts[5].parse::<usize>().unwrap() - 1;
        for _ in 0..n {
            let c = stacks[from].pop().unwrap();
            stacks[to].push(c);
        }
    }
    let tops: String = stacks.iter().map(|s| *s.last().unwrap()).collect();
    println!("{}", tops);
}
// expect: CMZ
