// Passage pathing (AoC 2021 day 12): a cave graph in HashMap<&str, Vec<&str>> built with entry().or_default(), paths counted by recursion with a visited stack.
use std::collections::HashMap;

fn count_paths<'a>(graph: &HashMap<&'a str, Vec<&'a str>>, node: &'a str, visited: &mut Vec<&'a str>, twice_used: bool) -> usize {
    if node == "end" {
        return 1;
    }
    let mut total = 0;
    for &next in &graph[node] {
        if next == "start" {
            continue;
        }
        let small = next.chars().all(|c| c.is_lowercase());
        let seen = visited.contains(&next);
        if small && seen && twice_used {
            continue;
        }
        visited.push(next);
        total += count_paths(graph, next, visited, twice_used || (small && seen));
        visited.pop();
    }
    total
}

fn main() {
    let input = "start-A\nstart-b\nA-c\nA-b\nb-d\nA-end\nb-end";
    let mut graph: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in input.lines() {
        let (a, b) = line.split_once('-').unwrap();
        graph.entry(a).or_default().push(b);
        graph.entry(b).or_default().push(a);
    }
    let mut visited = vec!["start"];
    println!("{}", count_paths(&graph, "start", &mut visited, true));
    println!("{}", count_paths(&graph, "start", &mut visited, false));
}
// expect: 10
// expect: 36
